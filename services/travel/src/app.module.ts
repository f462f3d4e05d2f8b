import { Module } from '@nestjs/common';

/** The travel service: invitation letters, visa applications and the treatment timeline. */
@Module({})
export class TravelModule {}
