import { createContext, useContext } from "react";
import type { HostProviderProps } from "./HostProvider.types";
import type { PaneServices } from "./paneServices";

const ServicesContext = createContext<PaneServices | undefined>(undefined);

/** Gives the pane its host and domain services; tests and the browser double inject fakes here. */
export function HostProvider({ services, children }: HostProviderProps) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services of the nearest HostProvider. */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices needs a <HostProvider> above it.");
  return services;
}
