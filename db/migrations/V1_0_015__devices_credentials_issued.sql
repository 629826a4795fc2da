-- When a device's current secret was issued: its tokens issued earlier are refused (a rotated secret's tokens
-- would otherwise stay valid for their lifetime). Devices registered before this column have none until their next
-- rotation.
ALTER TABLE devices_device
    ADD COLUMN credentials_issued_at DATETIME(6) NULL;
