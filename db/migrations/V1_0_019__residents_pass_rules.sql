-- Pass rules as data: each row is one version of the city's rule (district 310000) or of a district's stricter rule,
-- district-wide or for one venue category (the sites module's code, no foreign key across modules). A version holds
-- from effective_from until the next version of the same district and category; rows are never updated, so the
-- history is the table. Where several hold at a door, the stricter of each condition applies.
CREATE TABLE residents_pass_rule (
    id                           BIGINT        NOT NULL AUTO_INCREMENT,
    scope                        VARCHAR(8)    NOT NULL,
    district_code                CHAR(6)       NOT NULL,
    category_code                VARCHAR(16)   NULL,
    effective_from               DATETIME(6)   NOT NULL,
    max_temperature              DECIMAL(3,1)  NOT NULL,
    accepted_colours             VARCHAR(32)   NOT NULL,
    nat_within_hours             INT           NULL,
    antigen_counts               BOOLEAN       NOT NULL,
    minimum_doses                INT           NOT NULL,
    relative_codes_accepted      BOOLEAN       NOT NULL,
    other_region_codes_accepted  BOOLEAN       NOT NULL,
    note                         VARCHAR(500)  NOT NULL,
    set_by                       VARCHAR(128)  NOT NULL,
    set_at                       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY residents_pass_rule_place (district_code, category_code, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The city's default from the start, so that a verdict has a rule before any officer sets one: below 37.3 °C,
-- green only, a negative nucleic-acid test sampled within 72 hours (antigen self-tests do not count), no dose
-- required, relative codes admitted, other regions' codes not (yet) recognised.
INSERT INTO residents_pass_rule (scope, district_code, category_code, effective_from, max_temperature,
                                 accepted_colours, nat_within_hours, antigen_counts, minimum_doses,
                                 relative_codes_accepted, other_region_codes_accepted, note, set_by, set_at)
VALUES ('CITY', '310000', NULL, '2019-12-31 16:00:00', 37.3, 'GREEN', 72, FALSE, 0, TRUE, FALSE,
        '全市默认通行规则 / City default pass rule', 'system', '2019-12-31 16:00:00');
