-- Czech legal and pay figures for 2025 and 2026 (money in haléře, rates in basis points,
-- durations in minutes). They are data the coordinator can edit in Settings.
INSERT INTO `pay_parameters` (`valid_from`, `valid_to`, `min_wage_hourly`, `min_wage_monthly`, `insurance_threshold_monthly`, `employee_social_rate`, `employee_health_rate`, `employer_social_rate`, `employer_health_rate`, `income_tax_rate`, `taxpayer_credit_monthly`, `advance_tax_rounding_limit`, `max_average_weekly_minutes`, `notice_period_days`, `schedule_notice_days`, `updated_at`)
VALUES ('2025-01-01', '2025-12-31', 12440, 2080000, 450000, 710, 450, 2480, 900, 1500, 257000, 10000, 1200, 15, 3, '2025-01-01T00:00:00');
--> statement-breakpoint
INSERT INTO `pay_parameters` (`valid_from`, `valid_to`, `min_wage_hourly`, `min_wage_monthly`, `insurance_threshold_monthly`, `employee_social_rate`, `employee_health_rate`, `employer_social_rate`, `employer_health_rate`, `income_tax_rate`, `taxpayer_credit_monthly`, `advance_tax_rounding_limit`, `max_average_weekly_minutes`, `notice_period_days`, `schedule_notice_days`, `updated_at`)
VALUES ('2026-01-01', '2026-12-31', 13440, 2240000, 450000, 710, 450, 2480, 900, 1500, 257000, 10000, 1200, 15, 3, '2026-01-01T00:00:00');
