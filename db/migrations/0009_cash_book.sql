CREATE TABLE `advance_declines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`work_record_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`reason` text,
	`declined_at` text NOT NULL,
	`declined_by` text NOT NULL,
	FOREIGN KEY (`work_record_id`) REFERENCES `work_records`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `advance_declines_work_record_id_unique` ON `advance_declines` (`work_record_id`);--> statement-breakpoint
CREATE TABLE `cash_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`client_id` integer,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `cash_entries_date` ON `cash_entries` (`date`);--> statement-breakpoint
CREATE TABLE `cash_receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`date` text NOT NULL,
	`client_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`kind` text NOT NULL,
	`pay_month` text NOT NULL,
	`work_date` text,
	`note` text,
	`source_id` integer,
	`entry_id` integer NOT NULL,
	`data` text NOT NULL,
	`replaces_id` integer,
	`cancelled_at` text,
	`cancelled_by` text,
	`cancel_reason` text,
	`cancel_entry_id` integer,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`entry_id`) REFERENCES `cash_entries`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`cancel_entry_id`) REFERENCES `cash_entries`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cash_receipts_number` ON `cash_receipts` (`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `cash_receipts_entry` ON `cash_receipts` (`entry_id`);--> statement-breakpoint
CREATE INDEX `cash_receipts_client_month` ON `cash_receipts` (`client_id`,`pay_month`);--> statement-breakpoint
CREATE UNIQUE INDEX `cash_receipts_source` ON `cash_receipts` (`kind`,`source_id`) WHERE cancelled_at IS NULL AND source_id IS NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `state_pays_health_insurance` integer DEFAULT false NOT NULL;