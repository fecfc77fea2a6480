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
ALTER TABLE `agreements` ADD `notice_by` text;--> statement-breakpoint
ALTER TABLE `agreements` ADD `notice_delivered_on` text;