import type { ReactNode } from "react";
import type { PaneServices } from "./paneServices";

export type HostProviderProps = { services: PaneServices; children: ReactNode };
