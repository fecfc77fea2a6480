-- The default weekly pattern, so that a new user sees a working week board:
-- Monday, Wednesday and Friday 9:00–12:00, four places each at the contact centre.
-- It is data the coordinator changes in Settings → Shifts. Valid from 2025-01-01,
-- the first day the app has legal and pay figures for (0001), so no earlier week
-- shows shifts that could not have been paid.
INSERT INTO `shift_patterns` (`weekday`, `start_time`, `end_time`, `places`, `place`, `task`, `valid_from`, `valid_to`, `created_at`, `updated_at`)
VALUES (1, '09:00', '12:00', 4, 'Kontaktní centrum', 'Úklid centra a příprava materiálu', '2025-01-01', NULL, '2025-01-01T00:00:00', '2025-01-01T00:00:00');
--> statement-breakpoint
INSERT INTO `shift_patterns` (`weekday`, `start_time`, `end_time`, `places`, `place`, `task`, `valid_from`, `valid_to`, `created_at`, `updated_at`)
VALUES (3, '09:00', '12:00', 4, 'Kontaktní centrum', 'Úklid centra a příprava materiálu', '2025-01-01', NULL, '2025-01-01T00:00:00', '2025-01-01T00:00:00');
--> statement-breakpoint
INSERT INTO `shift_patterns` (`weekday`, `start_time`, `end_time`, `places`, `place`, `task`, `valid_from`, `valid_to`, `created_at`, `updated_at`)
VALUES (5, '09:00', '12:00', 4, 'Kontaktní centrum', 'Úklid centra a příprava materiálu', '2025-01-01', NULL, '2025-01-01T00:00:00', '2025-01-01T00:00:00');
