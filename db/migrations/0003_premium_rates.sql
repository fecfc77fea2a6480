ALTER TABLE `pay_parameters` ADD `weekend_premium_rate` integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE `pay_parameters` ADD `holiday_premium_rate` integer DEFAULT 10000 NOT NULL;