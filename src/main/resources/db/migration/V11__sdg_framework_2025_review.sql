-- SDG global indicator framework brought to its current version:
--   "Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda for
--   Sustainable Development", A/RES/71/313 Annex with the refinements up to and including the
--   2025 Comprehensive Review (E/CN.3/2025/6, Annexes I and II), as published by the UN Statistics
--   Division (UNSD): https://unstats.un.org/sdgs/indicators/indicators-list/ — file
--   Global-Indicator-Framework-after-2025-review-English.xlsx, sheet "A.RES.71.313 Annex".
--   Framework version recorded here: "after 2025 comprehensive review" (UNSC 56th session, March 2025).
--   A copy of that sheet is kept in src/test/resources/standards/sdg-gif-2025/ and MigrationIT compares
--   sdg_entry with it (codes, levels, parents, English titles).
--
-- What changes against V7 (open-sdg/sdg-translations, which still carried some pre-2020 texts):
--   * retired: 1.a.3 and 13.3.2 (deleted by the 2020 comprehensive review, no successor) and 17.6.2
--     (renumbered 17.6.1 by the 2020 review; UNSD footnote: "The current indicator 17.6.1 was previously
--     listed as 17.6.2"). Indicators of the portal linked to 17.6.2 move to 17.6.1; those linked to
--     1.a.3 or 13.3.2 lose their SDG link (NULL: the framework has no indicator measuring the same
--     thing, and the portal only links to indicators). Each move is an audit entry of the indicator
--     (actor 'system') and a new version of it, so an open edit form sees the change.
--   * kept with a new text: 8.9.2 and 11.c.1 were deleted in 2020 and re-introduced by the 2025 review
--     under the same codes ("Employed persons in the tourism industries"; "Total official development
--     assistance and other official flows in support of urban infrastructure…"). They stay linked: same
--     target and the same subject (tourism employment; financing of sustainable urban building).
--   * added: 2.2.4 (2025 review) and 11.5.3 (2020 review).
--   * new wording for 26 indicators, among them the pre-2020 texts of 2.5.1, 5.3.2, 10.7.2, 12.c.1, 15.4.2.
--   * typography: 9 English texts aligned on UNSD's (non-breaking hyphens etc.).
--
-- Languages: English is UNSD's text (footnote markers dropped). UNSD's French and Russian versions of the
-- 2025 framework were not available to us; the French and Russian titles of the added and re-worded
-- indicators are the portal's translations of the English text, keeping the vocabulary of the earlier UN
-- translations. Replace them with the UN texts (E/CN.3/2025/6 in French and Russian) when at hand.

-- 1. Indicators linked to a retired code: recorded in their history, then moved.
INSERT INTO audit_entry (at, actor, entity_type, entity_id, entity_label, action, changes)
SELECT UTC_TIMESTAMP(6), 'system', 'Indicator', id, code, 'UPDATE',
       CONCAT('[{"field":"sdg","before":"', sdg_code, '","after":',
              CASE sdg_code WHEN '17.6.2' THEN '"17.6.1"' ELSE 'null' END, '}]')
FROM indicator WHERE sdg_code IN ('1.a.3', '13.3.2', '17.6.2');

UPDATE indicator SET sdg_code = '17.6.1', version = version + 1, modified_at = UTC_TIMESTAMP(6), modified_by = 'system'
WHERE sdg_code = '17.6.2';

UPDATE indicator SET sdg_code = NULL, version = version + 1, modified_at = UTC_TIMESTAMP(6), modified_by = 'system'
WHERE sdg_code IN ('1.a.3', '13.3.2');

-- 2. Retired codes leave the table.
DELETE FROM sdg_entry WHERE code IN ('1.a.3', '13.3.2', '17.6.2');

-- 3. Room in the framework order for the added indicators (sort keys step by 10 from here on).
UPDATE sdg_entry SET sort_key = sort_key * 10;

-- 4. Added indicators, placed after their predecessor in the official list.
INSERT INTO sdg_entry (code, level, parent_code, title_en, title_fr, title_ru, sort_key) VALUES
('2.2.4', 'INDICATOR', '2.2', 'Prevalence of minimum dietary diversity, by population group (children aged 6 to 23.9 months and non-pregnant women aged 15 to 49 years)',
 'Prévalence de la diversité alimentaire minimale, par groupe de population (enfants âgés de 6 à 23,9 mois et femmes non enceintes âgées de 15 à 49 ans)',
 'Распространенность минимального разнообразия рациона в разбивке по группам населения (дети в возрасте от 6 до 23,9 месяца и небеременные женщины в возрасте от 15 до 49 лет)', 305);
INSERT INTO sdg_entry (code, level, parent_code, title_en, title_fr, title_ru, sort_key) VALUES
('11.5.3', 'INDICATOR', '11.5', '(a) Damage to critical infrastructure and (b) number of disruptions to basic services, attributed to disasters',
 'a) Dommages causés aux infrastructures critiques et b) nombre de perturbations des services de base, attribués à des catastrophes',
 'a) Ущерб, причиненный критически важным объектам инфраструктуры, и b) число перебоев в предоставлении основных услуг в результате бедствий', 2555);

-- 5. Indicators whose wording changed (2020 and 2025 comprehensive reviews, annual refinements):
--    English as published by UNSD; French and Russian translated by the portal (see the header).
UPDATE sdg_entry SET title_en = 'Total official development assistance grants that focus on poverty reduction as a share of the recipient country’s gross national income',
    title_fr = 'Total des dons d’aide publique au développement axés sur la réduction de la pauvreté, exprimé en proportion du revenu national brut du pays bénéficiaire',
    title_ru = 'Суммарный объем субсидий на официальную помощь в целях развития, направляемых на искоренение нищеты, в качестве доли от валового национального дохода страны-получателя'
WHERE code = '1.a.1';
UPDATE sdg_entry SET title_en = 'Number of (a) plant and (b) animal genetic resources for food and agriculture secured in either medium- or long-term conservation facilities',
    title_fr = 'Nombre de ressources génétiques a) végétales et b) animales destinées à l’alimentation et à l’agriculture sécurisées dans des installations de conservation à moyen ou à long terme',
    title_ru = 'Количество генетических ресурсов a) растительного и b) животного происхождения, предназначенных для производства продовольствия и сельского хозяйства, которые хранятся на специальных объектах либо среднесрочного, либо долгосрочного хранения'
WHERE code = '2.5.1';
UPDATE sdg_entry SET title_en = 'Proportion of local and transboundary breeds classified as being at risk of extinction',
    title_fr = 'Proportion des races locales et transfrontières considérées comme étant en danger d’extinction',
    title_ru = 'Доля местных и трансграничных пород, относимых к категории находящихся под угрозой исчезновения'
WHERE code = '2.5.2';
UPDATE sdg_entry SET title_en = 'Health product access index',
    title_fr = 'Indice d’accès aux produits de santé',
    title_ru = 'Индекс доступа к продукции медицинского назначения'
WHERE code = '3.b.3';
UPDATE sdg_entry SET title_en = 'Youth/adult literacy rate',
    title_fr = 'Taux d’alphabétisation des jeunes et des adultes',
    title_ru = 'Уровень грамотности молодежи и взрослых'
WHERE code = '4.6.1';
UPDATE sdg_entry SET title_en = 'Volume of official development assistance flows for scholarships',
    title_fr = 'Volume de l’aide publique au développement consacrée aux bourses d’études',
    title_ru = 'Объем официальной помощи в целях развития, направляемой на выплату стипендий'
WHERE code = '4.b.1';
UPDATE sdg_entry SET title_en = 'Proportion of girls and women aged 15–49 years who have undergone female genital mutilation, by age',
    title_fr = 'Proportion de filles et de femmes âgées de 15 à 49 ans ayant subi une mutilation génitale, par âge',
    title_ru = 'Доля девочек и женщин в возрасте от 15 до 49 лет, подвергшихся калечащим операциям на женских половых органах, в разбивке по возрасту'
WHERE code = '5.3.2';
UPDATE sdg_entry SET title_en = 'Installed renewable energy-generating capacity in developing and developed countries (in watts per capita)',
    title_fr = 'Puissance installée du parc d’énergie renouvelable dans les pays en développement et les pays développés (en watts par habitant)',
    title_ru = 'Установленные в развивающихся и развитых странах генерирующие мощности на основе возобновляемых энергоносителей (в ваттах на душу населения)'
WHERE code = '7.b.1';
UPDATE sdg_entry SET title_en = 'Employed persons in the tourism industries',
    title_fr = 'Personnes employées dans les industries du tourisme',
    title_ru = 'Численность занятых в отраслях туризма'
WHERE code = '8.9.2';
UPDATE sdg_entry SET title_en = 'Proportion of small-scale industries in total industry value added, based on (a) international classification and (b) national classifications',
    title_fr = 'Proportion des petites entreprises dans la valeur ajoutée totale de l’industrie, selon a) la classification internationale et b) les classifications nationales',
    title_ru = 'Доля мелких предприятий в совокупном объеме чистой продукции промышленности на основе a) международной классификации и b) национальных классификаций'
WHERE code = '9.3.1';
UPDATE sdg_entry SET title_en = 'Redistributive impact of fiscal policy on the Gini index',
    title_fr = 'Effet redistributif de la politique budgétaire sur l’indice de Gini',
    title_ru = 'Перераспределительное воздействие фискальной политики на индекс Джини'
WHERE code = '10.4.2';
UPDATE sdg_entry SET title_en = 'Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people',
    title_fr = 'Proportion de pays dotés de politiques migratoires qui facilitent la migration et la mobilité de façon ordonnée, sûre, régulière et responsable',
    title_ru = 'Доля стран, проводящих миграционную политику, способствующую упорядоченной, безопасной, законной и ответственной миграции и мобильности людей'
WHERE code = '10.7.2';
UPDATE sdg_entry SET title_en = 'Total resource flows for development (e.g. official development assistance, foreign direct investment and other flows)',
    title_fr = 'Montant total des ressources allouées au développement (par exemple aide publique au développement, investissement étranger direct et autres apports)',
    title_ru = 'Совокупный объем потоков ресурсов в целях развития (например, официальная помощь в целях развития, прямые иностранные инвестиции и прочие финансовые потоки)'
WHERE code = '10.b.1';
UPDATE sdg_entry SET title_en = 'Proportion of persons victim of non-sexual or sexual harassment, by sex, age, disability status and place of occurrence, in the previous 12 months',
    title_fr = 'Proportion de personnes victimes de harcèlement non sexuel ou sexuel, par sexe, âge, situation au regard du handicap et lieu des faits, au cours des 12 mois précédents',
    title_ru = 'Доля лиц, подвергшихся несексуальным или сексуальным домогательствам, в разбивке по полу, возрасту, признаку инвалидности и месту происшествия за последние 12 месяцев'
WHERE code = '11.7.2';
UPDATE sdg_entry SET title_en = 'Total official development assistance and other official flows in support of urban infrastructure or urban infrastructure projects, by sector',
    title_fr = 'Montant total de l’aide publique au développement et des autres apports du secteur public à l’appui des infrastructures urbaines ou de projets d’infrastructure urbaine, par secteur',
    title_ru = 'Общий объем официальной помощи в целях развития и других официальных потоков в поддержку городской инфраструктуры или проектов городской инфраструктуры в разбивке по секторам'
WHERE code = '11.c.1';
UPDATE sdg_entry SET title_en = 'Installed renewable energy-generating capacity in developing and developed countries (in watts per capita)',
    title_fr = 'Puissance installée du parc d’énergie renouvelable dans les pays en développement et les pays développés (en watts par habitant)',
    title_ru = 'Установленные в развивающихся и развитых странах генерирующие мощности на основе возобновляемых энергоносителей (в ваттах на душу населения)'
WHERE code = '12.a.1';
UPDATE sdg_entry SET title_en = 'Amount of fossil-fuel subsidies (production and consumption) per unit of GDP',
    title_fr = 'Montant des subventions aux combustibles fossiles (production et consommation) par unité de PIB',
    title_ru = 'Сумма субсидий на ископаемое топливо (производство и потребление) на единицу ВВП'
WHERE code = '12.c.1';
UPDATE sdg_entry SET title_en = '(a) Mountain Green Cover Index and (b) proportion of degraded mountain land',
    title_fr = 'a) Indice de couvert végétal montagneux et b) proportion de terres montagneuses dégradées',
    title_ru = 'a) Индекс растительного покрова гор и b) доля деградировавших горных земель'
WHERE code = '15.4.2';
UPDATE sdg_entry SET title_en = '(a) Number of countries that have established national targets in accordance with or similar to Kunming-Montreal Global Biodiversity Framework Target 14 in their national biodiversity strategy and action plans and the progress reported towards these targets; and (b) integration of biodiversity into national accounting and reporting systems, defined as implementation of the System of Environmental-Economic Accounting',
    title_fr = 'a) Nombre de pays qui ont établi des objectifs nationaux conformément ou de manière semblable à la cible 14 du Cadre mondial de la biodiversité de Kunming-Montréal dans leurs stratégies et plans d’action nationaux pour la biodiversité et progrès accomplis dans la réalisation de ces objectifs, et b) intégration de la biodiversité aux systèmes de comptabilité et d’information financière, définie comme la mise en œuvre du Système de comptabilité environnementale et économique',
    title_ru = 'a) Число стран, установивших в своей национальной стратегии и плане действий в области биоразнообразия национальные целевые показатели в соответствии с целевой задачей 14 Куньминско-Монреальской глобальной рамочной программы в области биоразнообразия или аналогичные и отслеживающие ход достижения таких целевых показателей; b) интеграция биоразнообразия в национальные системы учета и отчетности, относимая к внедрению Системы эколого-экономического учета'
WHERE code = '15.9.1';
UPDATE sdg_entry SET title_en = 'Proportion of population subjected to (a) physical violence, (b) psychological violence and/or (c) sexual violence in the previous 12 months',
    title_fr = 'Proportion de la population victime a) de violences physiques, b) de violences psychologiques et/ou c) de violences sexuelles au cours des 12 mois précédents',
    title_ru = 'Доля населения, в последние 12 месяцев подвергшегося a) физическому, b) психологическому и/или c) сексуальному насилию'
WHERE code = '16.1.3';
UPDATE sdg_entry SET title_en = 'Proportion of victims of (a) physical, (b) psychological and/or (c) sexual violence in the previous 12 months who reported their victimization to competent authorities or other officially recognized conflict resolution mechanisms',
    title_fr = 'Proportion des personnes victimes de violences a) physiques, b) psychologiques et/ou c) sexuelles au cours des 12 mois précédents ayant signalé les faits aux autorités compétentes ou recouru à d’autres mécanismes de règlement des différends officiellement reconnus',
    title_ru = 'Доля жертв a) физического, b) психологического и/или c) сексуального насилия, которые в последние 12 месяцев подали соответствующую жалобу в компетентные органы или другие официально признанные механизмы урегулирования конфликтов'
WHERE code = '16.3.1';
UPDATE sdg_entry SET title_en = 'Debt service as a proportion of exports of goods, services and primary income',
    title_fr = 'Service de la dette en proportion des exportations de biens et services et des revenus primaires',
    title_ru = 'Доля поступлений от экспорта товаров и услуг и первичных доходов, расходуемая на обслуживание долга'
WHERE code = '17.4.1';
UPDATE sdg_entry SET title_en = 'Fixed broadband subscriptions per 100 inhabitants, by speed',
    title_fr = 'Abonnements à une connexion à haut débit fixe pour 100 habitants, par vitesse de connexion',
    title_ru = 'Число абонентов фиксированной широкополосной связи на 100 жителей в разбивке по скорости'
WHERE code = '17.6.1';
UPDATE sdg_entry SET title_en = 'Total amount of funding for developing and developed countries to promote the development, transfer, dissemination and diffusion of environmentally sound technologies',
    title_fr = 'Montant total des financements pour les pays en développement et les pays développés aux fins de la promotion de la mise au point, du transfert et de la diffusion de technologies respectueuses de l’environnement',
    title_ru = 'Общая сумма финансирования для развивающихся и развитых стран в целях содействия разработке, передаче, распространению и освоению экологически безопасных технологий'
WHERE code = '17.7.1';
UPDATE sdg_entry SET title_en = 'Dollar value of official development assistance committed to developing countries',
    title_fr = 'Valeur en dollars de l’aide publique au développement promise aux pays en développement',
    title_ru = 'Объем обязательств по официальной помощи в целях развития развивающимся странам (в долларах США)'
WHERE code = '17.9.1';
UPDATE sdg_entry SET title_en = 'Statistical capacity indicators',
    title_fr = 'Indicateurs de capacité statistique',
    title_ru = 'Показатели статистического потенциала'
WHERE code = '17.18.1';

-- 6. English texts that differ only in typography from UNSD's (non-breaking hyphens U+2011, en dashes,
--    spacing); the French and Russian texts are unchanged.
UPDATE sdg_entry SET title_en = 'By 2030, end preventable deaths of newborns and children under 5 years of age, with all countries aiming to reduce neonatal mortality to at least as low as 12 per 1,000 live births and under‑5 mortality to at least as low as 25 per 1,000 live births' WHERE code = '3.2';
UPDATE sdg_entry SET title_en = 'Under‑5 mortality rate' WHERE code = '3.2.1';
UPDATE sdg_entry SET title_en = 'Support the research and development of vaccines and medicines for the communicable and non‑communicable diseases that primarily affect developing countries, provide access to affordable essential medicines and vaccines, in accordance with the Doha Declaration on the TRIPS Agreement and Public Health, which affirms the right of developing countries to use to the full the provisions in the Agreement on Trade-Related Aspects of Intellectual Property Rights regarding flexibilities to protect public health, and, in particular, provide access to medicines for all' WHERE code = '3.b';
UPDATE sdg_entry SET title_en = 'By 2030, ensure that all girls and boys have access to quality early childhood development, care and pre‑primary education so that they are ready for primary education' WHERE code = '4.2';
UPDATE sdg_entry SET title_en = 'Proportion of children aged 24–59 months who are developmentally on track in health, learning and psychosocial well-being, by sex' WHERE code = '4.2.1';
UPDATE sdg_entry SET title_en = 'Whether or not legal frameworks are in place to promote, enforce and monitor equality and non‑discrimination on the basis of sex' WHERE code = '5.1.1';
UPDATE sdg_entry SET title_en = 'Improve progressively, through 2030, global resource efficiency in consumption and production and endeavour to decouple economic growth from environmental degradation, in accordance with the 10‑Year Framework of Programmes on Sustainable Consumption and Production, with developed countries taking the lead' WHERE code = '8.4';
UPDATE sdg_entry SET title_en = 'Implement the 10‑Year Framework of Programmes on Sustainable Consumption and Production Patterns, all countries taking action, with developed countries taking the lead, taking into account the development and capabilities of developing countries' WHERE code = '12.1';
UPDATE sdg_entry SET title_en = 'Promote a universal, rules-based, open, non‑discriminatory and equitable multilateral trading system under the World Trade Organization, including through the conclusion of negotiations under its Doha Development Agenda' WHERE code = '17.10';
