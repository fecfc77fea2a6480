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
CREATE TABLE `agreement_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`effective_from` text NOT NULL,
	`signed_on` text,
	`reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_amendments_seq` ON `agreement_amendments` (`agreement_id`,`seq`);--> statement-breakpoint
CREATE TABLE `agreement_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`amendment_id` integer,
	`kind` text NOT NULL,
	`lang` text NOT NULL,
	`printed_at` text NOT NULL,
	`file_name` text NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amendment_id`) REFERENCES `agreement_amendments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agreement_documents_agreement` ON `agreement_documents` (`agreement_id`,`kind`);--> statement-breakpoint
CREATE TABLE `agreement_number_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `agreement_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`amendment_id` integer,
	`valid_to` text,
	`work_description` text NOT NULL,
	`workplace` text NOT NULL,
	`weekly_minutes` integer NOT NULL,
	`hourly_rate` integer NOT NULL,
	`advance_share_bp` integer NOT NULL,
	`payday` integer NOT NULL,
	`notice_days` integer NOT NULL,
	`notice_terms` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amendment_id`) REFERENCES `agreement_amendments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agreement_terms_agreement` ON `agreement_terms` (`agreement_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_terms_amendment` ON `agreement_terms` (`amendment_id`);--> statement-breakpoint
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
	`notice_by` text,
	`notice_delivered_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_number_unique` ON `agreements` (`number`);--> statement-breakpoint
CREATE INDEX `agreements_client` ON `agreements` (`client_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`booked_at` text NOT NULL,
	`booked_by` text NOT NULL,
	`override_reason` text,
	`from_waiting_id` integer,
	`cancelled_at` text,
	`cancelled_by` text,
	`cancel_reason` text,
	`cancelled_with_shift` integer DEFAULT false NOT NULL,
	`moved_to_id` integer,
	`tell_kind` text,
	`told_at` text,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `bookings_shift` ON `bookings` (`shift_id`,`status`);--> statement-breakpoint
CREATE INDEX `bookings_client` ON `bookings` (`client_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_one_per_shift` ON `bookings` (`shift_id`,`client_id`) WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX `bookings_to_tell` ON `bookings` (`shift_id`) WHERE tell_kind IS NOT NULL AND told_at IS NULL;--> statement-breakpoint
CREATE TABLE `shift_patterns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`places` integer NOT NULL,
	`place` text NOT NULL,
	`task` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `shift_patterns_valid` ON `shift_patterns` (`valid_from`);--> statement-breakpoint
CREATE TABLE `shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`places` integer NOT NULL,
	`place` text NOT NULL,
	`task` text,
	`pattern_id` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`cancel_reason` text,
	`cancelled_at` text,
	`cancelled_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`pattern_id`) REFERENCES `shift_patterns`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `shifts_date` ON `shifts` (`date`,`start_time`);--> statement-breakpoint
CREATE UNIQUE INDEX `shifts_pattern_date` ON `shifts` (`pattern_id`,`date`);--> statement-breakpoint
CREATE TABLE `waiting_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`position` integer NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`override_reason` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	`removed_with_shift` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `waiting_shift` ON `waiting_entries` (`shift_id`,`status`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `waiting_one_per_shift` ON `waiting_entries` (`shift_id`,`client_id`) WHERE status = 'waiting';