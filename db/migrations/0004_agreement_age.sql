ALTER TABLE `pay_parameters` ADD `minimum_work_age` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `pay_parameters` ADD `adult_age` integer DEFAULT 18 NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `schooling_confirmed` integer DEFAULT false NOT NULL;