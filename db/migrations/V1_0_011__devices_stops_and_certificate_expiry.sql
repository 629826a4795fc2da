-- Devices stopped by their vendor's or model's withdrawn certificate (the reason per certificate, so that
-- reinstating one does not restart a device the other still stops), deployments ended by a revoked site code, and
-- in vendors the moment a certificate's expiry was announced, so that the daily sweep announces it once however
-- many instances run it.
ALTER TABLE devices_device
    ADD COLUMN vendor_withdrawal VARCHAR(16) NULL,
    ADD COLUMN model_withdrawal  VARCHAR(16) NULL,
    ADD KEY devices_device_model (model_id, id);

ALTER TABLE devices_deployment
    ADD COLUMN end_cause VARCHAR(16) NULL;

ALTER TABLE vendors_vendor
    ADD COLUMN expired_at DATETIME(6) NULL;

ALTER TABLE vendors_model
    ADD COLUMN expired_at DATETIME(6) NULL;
