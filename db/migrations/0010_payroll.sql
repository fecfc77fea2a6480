CREATE TABLE `payroll_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`client_id` integer NOT NULL,
	`source_month` text NOT NULL,
	`amount` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `payroll_adjustments_month` ON `payroll_adjustments` (`month`,`client_id`);--> statement-breakpoint
CREATE TABLE `payroll_months` (
	`month` text PRIMARY KEY NOT NULL,
	`parameters` text NOT NULL,
	`warnings` text NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payroll_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`payslip_id` integer NOT NULL,
	`method` text NOT NULL,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`receipt_id` integer,
	`marked_at` text NOT NULL,
	`marked_by` text NOT NULL,
	`undone_at` text,
	`undone_by` text,
	`undo_reason` text,
	FOREIGN KEY (`payslip_id`) REFERENCES `payslips`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`receipt_id`) REFERENCES `cash_receipts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payroll_payments_standing` ON `payroll_payments` (`payslip_id`) WHERE undone_at IS NULL;--> statement-breakpoint
CREATE TABLE `payroll_seen` (
	`month` text NOT NULL,
	`client_id` integer NOT NULL,
	`figures` text NOT NULL,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`month`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `payslips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`client_id` integer NOT NULL,
	`payment_method` text NOT NULL,
	`gross` integer NOT NULL,
	`net` integer NOT NULL,
	`to_pay` integer NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`month`) REFERENCES `payroll_months`(`month`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payslips_month_client` ON `payslips` (`month`,`client_id`);--> statement-breakpoint
ALTER TABLE `pay_parameters` ADD `insurance_registration_days` integer DEFAULT 8 NOT NULL;