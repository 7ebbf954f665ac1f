import type { Finding } from "../domain/model/workbookModel";

export type FindingListProps = {
  findings: Finding[];
  /** Called with the finding's first cell when a finding is chosen. */
  onSelect: (address: string) => void;
};
