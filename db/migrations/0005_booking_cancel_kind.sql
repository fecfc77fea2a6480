ALTER TABLE `bookings` ADD `cancel_kind` text;--> statement-breakpoint
ALTER TABLE `bookings` ADD `suspension_id` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `freed_by_id` integer;