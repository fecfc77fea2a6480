CREATE TABLE `public_holidays` (
	`date` text PRIMARY KEY NOT NULL,
	`name_cs` text NOT NULL,
	`name_en` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `pay_parameters` ADD `max_shift_minutes` integer DEFAULT 720 NOT NULL;--> statement-breakpoint
ALTER TABLE `pay_parameters` ADD `balancing_period_weeks` integer DEFAULT 52 NOT NULL;--> statement-breakpoint
ALTER TABLE `agreement_terms` ADD `schedule_notice_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `shifts` ADD `opened_on_holiday` integer DEFAULT false NOT NULL;