-- One name per concept: an on-site audit is an inspection ("audit" stays with the platform's audit trail), a plan's
-- venue is a planned visit, and an inspection's photo is stored like an order's photo. No production data exists yet;
-- keys and constraints keep their names, which nothing refers to.
RENAME TABLE inspections_audit TO inspections_inspection,
             inspections_assignment TO inspections_planned_visit,
             inspections_photo TO inspections_inspection_photo;

ALTER TABLE inspections_inspection RENAME COLUMN assignment_id TO planned_visit_id;
ALTER TABLE inspections_finding RENAME COLUMN audit_id TO inspection_id;
ALTER TABLE inspections_inspection_photo RENAME COLUMN audit_id TO inspection_id;
ALTER TABLE inspections_order RENAME COLUMN audit_id TO inspection_id;
