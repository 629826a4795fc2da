-- The registration access token of a device's Keycloak client, sealed: the only right SitePass holds over that
-- client (a new secret, removal), since the admin client may only create clients. Keycloak issues a new token on
-- every change, so the column is replaced each time. Devices registered before this column have none: their next
-- rotation gives them a new client.
ALTER TABLE devices_device
    ADD COLUMN registration_token TEXT NULL;
