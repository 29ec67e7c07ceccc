-- Organisation types, GSBPM 5.1 phases and the first policy domains, in en/fr/ru.

INSERT INTO organisation_type (code, name_en, name_fr, name_ru, sort_order, version, created_at, created_by, modified_at, modified_by) VALUES
('NSI', 'National statistical institute', 'Institut national de statistique', 'Национальное статистическое ведомство', 10, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('NSI_REGIONAL', 'NSI regional office', 'Bureau régional de l''INS', 'Региональное отделение НСВ', 20, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('MUNICIPALITY', 'Municipality', 'Municipalité', 'Муниципалитет', 30, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('REGIONAL_GOV', 'Regional government', 'Gouvernement régional', 'Региональное правительство', 40, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('CHAMBER', 'Chamber of commerce', 'Chambre de commerce', 'Торговая палата', 50, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('PRIVATE', 'Private company', 'Entreprise privée', 'Частная компания', 60, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('UTILITY', 'Utility', 'Service public (réseau)', 'Коммунальное предприятие', 70, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('ACADEMIC', 'Academic institute', 'Institut universitaire', 'Академическое учреждение', 80, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('NGO', 'Non-governmental organisation', 'Organisation non gouvernementale', 'Неправительственная организация', 90, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('INTERNATIONAL', 'International organisation', 'Organisation internationale', 'Международная организация', 100, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system');

INSERT INTO gsbpm_phase (code, name_en, name_fr, name_ru, sort_order, version, created_at, created_by, modified_at, modified_by) VALUES
('1', 'Specify needs', 'Spécifier les besoins', 'Определение потребностей', 1, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('2', 'Design', 'Concevoir', 'Проектирование', 2, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('3', 'Build', 'Construire', 'Создание', 3, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('4', 'Collect', 'Collecter', 'Сбор', 4, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('5', 'Process', 'Traiter', 'Обработка', 5, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('6', 'Analyse', 'Analyser', 'Анализ', 6, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('7', 'Disseminate', 'Diffuser', 'Распространение', 7, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('8', 'Evaluate', 'Évaluer', 'Оценка', 8, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system');

INSERT INTO policy_domain (code, name_en, name_fr, name_ru, sort_order, version, created_at, created_by, modified_at, modified_by) VALUES
('LOCAL_ECONOMY', 'Local economy', 'Économie locale', 'Местная экономика', 10, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('MOBILITY', 'Mobility', 'Mobilité', 'Мобильность', 20, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('SOCIAL_STRUCTURE', 'Social structure', 'Structure sociale', 'Социальная структура', 30, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('SDGS', 'Sustainable Development Goals', 'Objectifs de développement durable', 'Цели устойчивого развития', 40, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('ENERGY', 'Energy', 'Énergie', 'Энергетика', 50, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('ENVIRONMENT', 'Environment', 'Environnement', 'Окружающая среда', 60, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('HEALTH', 'Health', 'Santé', 'Здравоохранение', 70, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('EDUCATION', 'Education', 'Éducation', 'Образование', 80, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('TOURISM', 'Tourism', 'Tourisme', 'Туризм', 90, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system'),
('HOUSING', 'Housing', 'Logement', 'Жилищное хозяйство', 100, 0, UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6), 'system');
