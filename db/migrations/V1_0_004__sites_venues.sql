-- The sites module: venue categories, venues with their site-code application and issued code, the review
-- history the district view counts, per-district code sequences and bulk application batches.
CREATE TABLE sites_category (
    code        VARCHAR(16)  NOT NULL,
    name_zh     VARCHAR(32)  NOT NULL,
    name_en     VARCHAR(64)  NOT NULL,
    risk_level  VARCHAR(8)   NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Risk follows crowding and vulnerability: where many strangers meet indoors, or the ill, the young and the old.
INSERT INTO sites_category (code, name_zh, name_en, risk_level) VALUES
('GOVERNMENT',    '党政机关',       'Government office',      'MEDIUM'),
('RESIDENTIAL',   '居民小区',       'Residential community',  'MEDIUM'),
('OFFICE',        '商务楼宇',       'Office building',        'MEDIUM'),
('MALL',          '商场',           'Shopping mall',          'HIGH'),
('MARKET',        '超市和农贸市场', 'Supermarket or market',  'HIGH'),
('RESTAURANT',    '餐饮',           'Restaurant',             'HIGH'),
('MEDICAL',       '医院和诊所',     'Hospital or clinic',     'HIGH'),
('SCHOOL',        '学校',           'School',                 'HIGH'),
('TRANSPORT',     '交通枢纽',       'Transport hub',          'HIGH'),
('HOTEL',         '宾馆酒店',       'Hotel',                  'MEDIUM'),
('ENTERTAINMENT', '文化娱乐场所',   'Entertainment venue',    'HIGH'),
('RELIGIOUS',     '宗教场所',       'Religious site',         'MEDIUM'),
('CONSTRUCTION',  '建筑工地',       'Construction site',      'MEDIUM'),
('FACTORY',       '工厂',           'Factory',                'MEDIUM'),
('OTHER',         '其他',           'Other',                  'LOW');

-- A bulk application file as uploaded; content is sealed by the platform's field cipher, as it holds mobiles.
CREATE TABLE sites_batch (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    manager       VARCHAR(128) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content       LONGBLOB     NOT NULL,
    rows_accepted INT          NOT NULL,
    rows_rejected INT          NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY sites_batch_manager (manager, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One line of a batch's report per rejected row: what was wrong, as told to the uploader in their language.
CREATE TABLE sites_batch_rejection (
    batch_id    BIGINT        NOT NULL,
    sheet_row   INT           NOT NULL,
    problems    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (batch_id, sheet_row),
    CONSTRAINT sites_batch_rejection_batch FOREIGN KEY (batch_id) REFERENCES sites_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Details are nullable because a draft may be incomplete; submission requires them all. The contact mobile is
-- personal data, sealed by the platform's field cipher. name_key and address_key are normalised for duplicate checks.
CREATE TABLE sites_venue (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    manager                 VARCHAR(128)  NOT NULL,
    name                    VARCHAR(100)  NOT NULL,
    category_code           VARCHAR(16)   NULL,
    district_code           CHAR(6)       NULL,
    street_code             CHAR(9)       NULL,
    address                 VARCHAR(200)  NULL,
    latitude                DECIMAL(9,6)  NULL,
    longitude               DECIMAL(9,6)  NULL,
    operator_name           VARCHAR(100)  NULL,
    operator_credit_code    CHAR(18)      NULL,
    responsible_person      VARCHAR(50)   NULL,
    contact_mobile          VARCHAR(255)  NULL,
    entrances               INT           NULL,
    expected_daily_visitors INT           NULL,
    name_key                VARCHAR(100)  NOT NULL,
    address_key             VARCHAR(200)  NOT NULL,
    review_status           VARCHAR(16)   NOT NULL,
    proposed_name           VARCHAR(100)  NULL,
    proposed_category_code  VARCHAR(16)   NULL,
    proposed_address        VARCHAR(200)  NULL,
    rejection_reason        VARCHAR(500)  NULL,
    submitted_at            DATETIME(6)   NULL,
    decided_at              DATETIME(6)   NULL,
    decided_by              VARCHAR(128)  NULL,
    code_number             CHAR(16)      NULL,
    code_status             VARCHAR(16)   NULL,
    code_status_reason      VARCHAR(500)  NULL,
    issued_at               DATETIME(6)   NULL,
    batch_id                BIGINT        NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY sites_venue_code_number (code_number),
    KEY sites_venue_manager (manager, id),
    KEY sites_venue_queue (district_code, review_status, submitted_at),
    KEY sites_venue_issued (district_code, code_status, category_code),
    KEY sites_venue_issued_street (district_code, code_status, street_code),
    KEY sites_venue_same_operator (operator_credit_code, address_key),
    KEY sites_venue_same_name (street_code, name_key),
    CONSTRAINT sites_venue_category FOREIGN KEY (category_code) REFERENCES sites_category (code),
    CONSTRAINT sites_venue_batch FOREIGN KEY (batch_id) REFERENCES sites_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of every application and code, for the applicant's history and the district's daily figures.
CREATE TABLE sites_review_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    venue_id       BIGINT        NOT NULL,
    district_code  CHAR(6)       NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    reason         VARCHAR(500)  NULL,
    actor          VARCHAR(128)  NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY sites_review_event_venue (venue_id, id),
    KEY sites_review_event_district (district_code, occurred_at, kind),
    CONSTRAINT sites_review_event_venue FOREIGN KEY (venue_id) REFERENCES sites_venue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Code numbers are dense per district; the row is locked while a number is taken.
CREATE TABLE sites_code_sequence (
    district_code  CHAR(6)  NOT NULL,
    next_value     BIGINT   NOT NULL,
    PRIMARY KEY (district_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
