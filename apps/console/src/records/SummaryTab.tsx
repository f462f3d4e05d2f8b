import type { CaseTabProps } from '../shell/area';

// Written by the next increment of the console (issue 13).
export function SummaryTab(_props: CaseTabProps) {
  return null;
}
