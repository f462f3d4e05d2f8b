import { Module } from '@nestjs/common';

/** The eligibility service: the structured oncology summary, explained pre-screening and site submissions. */
@Module({})
export class EligibilityModule {}
