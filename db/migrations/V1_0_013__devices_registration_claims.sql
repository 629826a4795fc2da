-- Which registration attempt is setting up a pending device's Keycloak client, and since when: a second attempt is
-- refused while the claim is recent, and takes it over once it is stale (an attempt that died half-way).
ALTER TABLE devices_device
    ADD COLUMN claim_token VARCHAR(36) NULL,
    ADD COLUMN claimed_at  DATETIME(6) NULL;
