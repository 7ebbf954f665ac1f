import type { ReactNode } from "react";

export type NoticeIntent = "success" | "warning" | "error" | "info";

export type NoticeProps = {
  intent: NoticeIntent;
  title?: string;
  children: ReactNode;
};
