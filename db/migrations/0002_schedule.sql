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