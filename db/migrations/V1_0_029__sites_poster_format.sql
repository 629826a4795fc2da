-- What the QR of each venue's latest poster holds: since posters carry a link a phone's camera opens, a poster with
-- the bare signed payload (which only sentries and inspectors' scanners read) is due for a reprint. Posters of codes
-- issued before this change may have been printed with the bare payload; nobody knows, so they count as due until
-- the manager downloads the new one. A venue whose poster was never downloaded has none.
ALTER TABLE sites_venue ADD COLUMN poster_format VARCHAR(8) NULL;

UPDATE sites_venue SET poster_format = 'PAYLOAD' WHERE code_number IS NOT NULL;
