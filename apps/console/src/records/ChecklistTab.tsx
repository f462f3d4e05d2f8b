import type { CaseTabProps } from '../shell/area';

// Written by the next increment of the console (issue 13).
export function ChecklistTab(_props: CaseTabProps) {
  return null;
}
