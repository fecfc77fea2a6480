CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`method` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `client_suspensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `client_suspensions_client` ON `client_suspensions` (`client_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`code_key` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`nickname` text,
	`birth_date` text NOT NULL,
	`birth_number` text,
	`street` text,
	`city` text,
	`postcode` text,
	`id_document_number` text,
	`health_insurer` text,
	`phone` text,
	`payment_method` text DEFAULT 'cash' NOT NULL,
	`bank_account` text,
	`tax_declaration_signed` integer DEFAULT false NOT NULL,
	`tax_declaration_since` text,
	`notes` text,
	`active` integer DEFAULT true NOT NULL,
	`deactivated_on` text,
	`deactivation_reason` text,
	`search_text` text NOT NULL,
	`sort_key` text NOT NULL,
	`duplicate_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clients_code_unique` ON `clients` (`code_key`);--> statement-breakpoint
CREATE INDEX `clients_duplicate_key` ON `clients` (`duplicate_key`);--> statement-breakpoint
CREATE INDEX `clients_sort` ON `clients` (`sort_key`);--> statement-breakpoint
CREATE TABLE `pay_parameters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`min_wage_hourly` integer NOT NULL,
	`min_wage_monthly` integer NOT NULL,
	`insurance_threshold_monthly` integer NOT NULL,
	`employee_social_rate` integer NOT NULL,
	`employee_health_rate` integer NOT NULL,
	`employer_social_rate` integer NOT NULL,
	`employer_health_rate` integer NOT NULL,
	`income_tax_rate` integer NOT NULL,
	`taxpayer_credit_monthly` integer NOT NULL,
	`advance_tax_rounding_limit` integer NOT NULL,
	`max_average_weekly_minutes` integer NOT NULL,
	`notice_period_days` integer NOT NULL,
	`schedule_notice_days` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text DEFAULT 'dpc' NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`signed_on` text,
	`ended_on` text,
	`end_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_number_unique` ON `agreements` (`number`);--> statement-breakpoint
CREATE INDEX `agreements_client` ON `agreements` (`client_id`,`valid_from`);