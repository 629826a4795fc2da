-- Names of people are personal data: a venue's responsible person and a vendor's contact person are sealed by the
-- platform's field cipher from now on, like the mobiles beside them. A sealed name of 50 characters takes about 250;
-- rows still in clear are sealed at start-up (platform SealedColumns). Credit codes stay in clear: they are public
-- business data.
ALTER TABLE sites_venue MODIFY responsible_person VARCHAR(400) NULL;
ALTER TABLE vendors_vendor MODIFY contact_person VARCHAR(400) NOT NULL;
