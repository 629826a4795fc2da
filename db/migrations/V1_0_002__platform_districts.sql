-- Shanghai's districts with their GB/T 2260 codes; officers and inspectors carry one of these as their district.
CREATE TABLE platform_district (
    code     CHAR(6)      NOT NULL,
    name_zh  VARCHAR(32)  NOT NULL,
    name_en  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO platform_district (code, name_zh, name_en) VALUES
('310101', '黄浦区', 'Huangpu'),
('310104', '徐汇区', 'Xuhui'),
('310105', '长宁区', 'Changning'),
('310106', '静安区', 'Jing''an'),
('310107', '普陀区', 'Putuo'),
('310109', '虹口区', 'Hongkou'),
('310110', '杨浦区', 'Yangpu'),
('310112', '闵行区', 'Minhang'),
('310113', '宝山区', 'Baoshan'),
('310114', '嘉定区', 'Jiading'),
('310115', '浦东新区', 'Pudong New Area'),
('310116', '金山区', 'Jinshan'),
('310117', '松江区', 'Songjiang'),
('310118', '青浦区', 'Qingpu'),
('310120', '奉贤区', 'Fengxian'),
('310151', '崇明区', 'Chongming');
