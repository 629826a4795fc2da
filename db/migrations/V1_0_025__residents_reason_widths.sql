-- Free-text reasons of up to 500 characters (platform Reason.MAX_LENGTH: an officer's decision on an appeal, which
-- also becomes the readable reason of the corrected colour; a hold's reason; a relative request's reason) are
-- sealed into about 4/3 of their UTF-8 bytes plus the cipher's 28 bytes: 2,800 characters hold 500 characters of any
-- script. An undo reason is stored in clear and is at most 500 characters.
ALTER TABLE residents_colour_change MODIFY reason_sealed VARCHAR(2800) NOT NULL;
ALTER TABLE residents_hold MODIFY reason_sealed VARCHAR(2800) NOT NULL;
ALTER TABLE residents_binding MODIFY undo_reason VARCHAR(500) NULL;
ALTER TABLE residents_appeal MODIFY reason_sealed VARCHAR(2800) NOT NULL;
ALTER TABLE residents_appeal MODIFY decision_sealed VARCHAR(2800) NULL;
ALTER TABLE residents_relative MODIFY reason_sealed VARCHAR(2800) NULL;
ALTER TABLE residents_relative MODIFY refusal_sealed VARCHAR(2800) NULL;
