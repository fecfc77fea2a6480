CREATE TABLE `arrivals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` integer NOT NULL,
	`shift_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`arrived_at` text,
	`late` integer DEFAULT false NOT NULL,
	`walk_in` integer DEFAULT false NOT NULL,
	`fitness` text DEFAULT '[]' NOT NULL,
	`sent_away_reason` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `arrivals_booking` ON `arrivals` (`booking_id`);--> statement-breakpoint
CREATE INDEX `arrivals_shift` ON `arrivals` (`shift_id`);--> statement-breakpoint
CREATE INDEX `arrivals_client` ON `arrivals` (`client_id`,`outcome`);--> statement-breakpoint
CREATE TABLE `work_record_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`work_record_id` integer NOT NULL,
	`reason` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` text NOT NULL,
	FOREIGN KEY (`work_record_id`) REFERENCES `work_records`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `work_record_changes_record` ON `work_record_changes` (`work_record_id`);--> statement-breakpoint
CREATE TABLE `work_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`arrival_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`shift_id` integer NOT NULL,
	`agreement_id` integer NOT NULL,
	`work_date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`break_minutes` integer DEFAULT 0 NOT NULL,
	`tasks` text DEFAULT '[]' NOT NULL,
	`task_note` text,
	`minutes` integer NOT NULL,
	`day_kind` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`arrival_id`) REFERENCES `arrivals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_records_arrival` ON `work_records` (`arrival_id`);--> statement-breakpoint
CREATE INDEX `work_records_client` ON `work_records` (`client_id`,`work_date`);--> statement-breakpoint
CREATE INDEX `work_records_date` ON `work_records` (`work_date`);