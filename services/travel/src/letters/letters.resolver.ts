import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, parseUuid, Roles } from '@carta/service-kit';
import { parseDraftLetter, parseIssueLetter, parseReissueLetter } from './letters.input';
import { LetterPreview, LettersService, LetterView } from './letters.service';
import type { InvitationLetterDraftInput, IssueInvitationLetterInput } from '../generated/graphql';

@Resolver('InvitationLetter')
export class LettersResolver {
  constructor(private readonly letters: LettersService) {}

  @Roles('hospital_office')
  @Query('myInvitationLetters')
  mine(@CurrentIdentity() identity: Identity): Promise<LetterView[]> {
    return this.letters.forOffice(identity);
  }

  @Roles('hospital_office')
  @Mutation('issueInvitationLetter')
  issue(@CurrentIdentity() identity: Identity, @Args('letterId') letterId: string, @Args('input') input: IssueInvitationLetterInput): Promise<LetterView> {
    return this.letters.issue(identity, parseUuid(letterId, 'letterId'), parseIssueLetter(input));
  }

  @Roles('hospital_office')
  @Mutation('reissueInvitationLetter')
  reissue(
    @CurrentIdentity() identity: Identity,
    @Args('letterId') letterId: string,
    @Args('reason') reason: string,
    @Args('input') input: InvitationLetterDraftInput | null,
  ): Promise<LetterView> {
    const parsed = parseReissueLetter(reason, input);
    return this.letters.reissue(identity, parseUuid(letterId, 'letterId'), parsed.reason, parsed.input);
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('previewInvitationLetter')
  preview(
    @CurrentIdentity() identity: Identity,
    @Args('letterId') letterId: string,
    @Args('input') input: InvitationLetterDraftInput | null,
  ): Promise<LetterPreview> {
    return this.letters.preview(identity, parseUuid(letterId, 'letterId'), parseDraftLetter(input));
  }

  @Roles('coordinator', 'admin')
  @Mutation('requestInvitationLetter')
  requestAnother(
    @CurrentIdentity() identity: Identity,
    @Args('caseId') caseId: string,
    @Args('idempotencyKey') idempotencyKey: string | null | undefined,
  ): Promise<LetterView> {
    return this.letters.requestAnother(identity, parseUuid(caseId, 'caseId'), idempotencyKey);
  }

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('invitationLetterDownload')
  download(@CurrentIdentity() identity: Identity, @Args('letterId') letterId: string) {
    return this.letters.downloadLink(identity, parseUuid(letterId, 'letterId'));
  }

  @ResolveField('case')
  caseOf(@Parent() letter: LetterView) {
    return { __typename: 'Case', id: letter.caseId };
  }

  @ResolveField('status')
  status(@Parent() letter: LetterView): string {
    return letter.effectiveStatus;
  }

  @ResolveField('centre')
  centre(@Parent() letter: LetterView) {
    return letter.printed?.centre ?? null;
  }

  @ResolveField('principalInvestigator')
  principalInvestigator(@Parent() letter: LetterView) {
    return letter.printed?.principalInvestigator ?? null;
  }
}

@Resolver('Case')
export class CaseLettersResolver {
  constructor(private readonly letters: LettersService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @ResolveField('invitationLetters')
  ofCase(@CurrentIdentity() identity: Identity, @Parent() kase: { id: string }): Promise<LetterView[]> {
    return this.letters.forCase(identity, kase.id);
  }
}
