CREATE TABLE `audit_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`method` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	`operation` text NOT NULL,
	`client_id` integer,
	`before` text,
	`after` text,
	`redacted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_changes_client` ON `audit_changes` (`client_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_changes_at` ON `audit_changes` (`at`);--> statement-breakpoint
CREATE INDEX `audit_changes_table` ON `audit_changes` (`table_name`,`id`);--> statement-breakpoint
CREATE TABLE `retention_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`years` integer NOT NULL,
	`citation` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text
);
--> statement-breakpoint
-- The logs are append-only. The one change allowed is an anonymisation's
-- redaction: audit_log's detail becomes {"redacted":true}; in audit_changes
-- values in before/after may only become null (same keys), once, marked redacted.
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT (NEW.`id` = OLD.`id` AND NEW.`at` = OLD.`at` AND NEW.`actor` = OLD.`actor` AND NEW.`method` = OLD.`method`
  AND NEW.`entity` = OLD.`entity` AND NEW.`entity_id` IS OLD.`entity_id`
  AND OLD.`detail` <> '{"redacted":true}' AND NEW.`detail` = '{"redacted":true}')
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_changes_no_delete` BEFORE DELETE ON `audit_changes`
BEGIN SELECT RAISE(ABORT, 'audit_changes is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_changes_no_update` BEFORE UPDATE ON `audit_changes`
WHEN NOT (NEW.`id` = OLD.`id` AND NEW.`at` = OLD.`at` AND NEW.`actor` = OLD.`actor` AND NEW.`method` = OLD.`method`
  AND NEW.`table_name` = OLD.`table_name` AND NEW.`row_id` = OLD.`row_id` AND NEW.`operation` = OLD.`operation`
  AND NEW.`client_id` IS OLD.`client_id` AND OLD.`redacted` = 0 AND NEW.`redacted` = 1
  AND ((OLD.`before` IS NULL AND NEW.`before` IS NULL) OR (json_valid(NEW.`before`)
    AND (SELECT count(*) FROM json_each(OLD.`before`)) = (SELECT count(*) FROM json_each(NEW.`before`))
    AND NOT EXISTS (SELECT 1 FROM json_each(NEW.`before`) AS n LEFT JOIN json_each(OLD.`before`) AS o ON o.key = n.key
      WHERE o.key IS NULL OR (n.type <> 'null' AND (n.type <> o.type OR n.value IS NOT o.value)))))
  AND ((OLD.`after` IS NULL AND NEW.`after` IS NULL) OR (json_valid(NEW.`after`)
    AND (SELECT count(*) FROM json_each(OLD.`after`)) = (SELECT count(*) FROM json_each(NEW.`after`))
    AND NOT EXISTS (SELECT 1 FROM json_each(NEW.`after`) AS n LEFT JOIN json_each(OLD.`after`) AS o ON o.key = n.key
      WHERE o.key IS NULL OR (n.type <> 'null' AND (n.type <> o.type OR n.value IS NOT o.value))))))
BEGIN SELECT RAISE(ABORT, 'audit_changes is append-only'); END;
--> statement-breakpoint
-- How long records stay after the year they are about. Verify the citations
-- against a primary source before a release, like the pay figures.
INSERT INTO `retention_rules` (`kind`, `years`, `citation`, `valid_from`, `valid_to`)
VALUES ('payroll', 30, 'zákon č. 582/1991 Sb., § 35a odst. 4', '2025-01-01', NULL);
--> statement-breakpoint
INSERT INTO `retention_rules` (`kind`, `years`, `citation`, `valid_from`, `valid_to`)
VALUES ('accounting', 5, 'zákon č. 563/1991 Sb., § 31 odst. 2 písm. b)', '2025-01-01', NULL);
