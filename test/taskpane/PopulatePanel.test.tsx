import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { PopulateResult } from "../../src/domain/workbookHost";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./renderPane";

const populateButton = () => screen.getByRole("button", { name: /^Populat/ });

describe("populating a drill", () => {
  it("lists every drill with a line on what it is", () => {
    renderPane(fakeServices());
    const drills = within(screen.getByRole("radiogroup", { name: "Drill" })).getAllByRole("radio");
    expect(drills).toHaveLength(5);
    expect(
      screen.getByRole("radio", { name: /Top-client digital share.*600 sales advisors/ })
    ).toBeTruthy();
  });

  it("says bridges will be stacked columns when the host has no native waterfall", async () => {
    const services = fakeServices();
    services.host.capabilities = async () => ({ waterfallChart: false, excelApi: "1.8" });
    renderPane(services);
    expect(
      await screen.findByText(
        /bridges as stacked columns: native waterfall charts need Excel API 1\.9/
      )
    ).toBeTruthy();
  });

  it("offers drill 3's starting point only for drill 3", () => {
    renderPane(fakeServices());
    expect(screen.queryByRole("radiogroup", { name: "Start from" })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: /Top-client digital share/ }));
    expect(screen.getByRole("radiogroup", { name: "Start from" })).toBeTruthy();
  });

  it("populates the chosen drill, variant and mode, and says what was written", async () => {
    const services = fakeServices();
    renderPane(services);
    fireEvent.click(screen.getByRole("radio", { name: /Top-client digital share/ }));
    fireEvent.click(screen.getByRole("radio", { name: /Variant/ }));
    fireEvent.change(screen.getByRole("spinbutton", { name: "Variant seed" }), {
      target: { value: "4242" },
    });
    fireEvent.click(screen.getByRole("radio", { name: /Starter model/ }));
    fireEvent.click(populateButton());

    expect(await screen.findByText(/Drill written \(variant seed 4242\)/)).toBeTruthy();
    expect(services.calls).toEqual(["populate 3 seed 4242 starter"]);
    expect(screen.getByText(/Sheets added: D3 Work\. 1 names now point at them/)).toBeTruthy();
  });

  it("uses seed 0 for the canonical figures and the blank mode outside drill 3", async () => {
    const services = fakeServices();
    renderPane(services);
    fireEvent.click(populateButton());
    await screen.findByText(/Drill written \(canonical figures\)/);
    expect(services.calls).toEqual(["populate 1 seed 0 blank"]);
  });

  it("shows progress and cannot be started twice", async () => {
    const services = fakeServices();
    let finish: (result: PopulateResult) => void = () => {};
    services.populate.mockImplementation((_plan, onProgress) => {
      onProgress?.({ done: 1, total: 3, label: "Writing D1 Data" });
      return new Promise((resolve) => (finish = resolve));
    });
    renderPane(services);
    fireEvent.click(populateButton());
    fireEvent.click(populateButton());

    expect(await screen.findByText("Writing D1 Data")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(populateButton().textContent).toBe("Populating…");
    expect(populateButton().hasAttribute("disabled")).toBe(true);
    fireEvent.click(populateButton());
    await act(async () => finish({ sheets: ["D1 Data"], names: [] }));
    expect(services.populate).toHaveBeenCalledTimes(1);
    expect(populateButton().hasAttribute("disabled")).toBe(false);
  });

  it("refuses a variant seed that is not a whole number", () => {
    renderPane(fakeServices());
    fireEvent.click(screen.getByRole("radio", { name: /Variant/ }));
    fireEvent.change(screen.getByRole("spinbutton", { name: "Variant seed" }), {
      target: { value: "2.5" },
    });
    expect(screen.getByText(/whole number from 1 to 999,999/)).toBeTruthy();
    expect(populateButton().hasAttribute("disabled")).toBe(true);
  });

  it("draws a new variant seed on request", () => {
    renderPane(fakeServices());
    fireEvent.click(screen.getByRole("radio", { name: /Variant/ }));
    const input = screen.getByRole("spinbutton", { name: "Variant seed" }) as HTMLInputElement;
    const before = input.value;
    const random = jest.spyOn(Math, "random").mockReturnValue(0.5);
    fireEvent.click(screen.getByRole("button", { name: "New variant" }));
    random.mockRestore();
    expect(input.value).toBe("500000");
    expect(input.value).not.toBe(before);
  });

  it("quotes a host that reports what it rolled back", async () => {
    const services = fakeServices();
    services.populate.mockRejectedValue(
      Object.assign(
        new Error(
          "Excel stopped while writing the drill (GeneralException). Nothing was written: the sheets it had started were removed again."
        ),
        {
          sheetsLeft: [],
          rolledBack: true,
        }
      )
    );
    renderPane(services);
    fireEvent.click(populateButton());
    expect(await screen.findByText("Populate stopped; nothing was written")).toBeTruthy();
    expect(screen.getByText(/the sheets it had started were removed again/)).toBeTruthy();
  });

  it("names the sheets that may be incomplete when the host cannot say", async () => {
    const services = fakeServices();
    services.populate.mockRejectedValue(new Error("RichApi.Error: the request failed"));
    renderPane(services);
    fireEvent.click(populateButton());
    expect(await screen.findByText("Populate stopped part-way")).toBeTruthy();
    expect(
      screen.getByText(
        /request failed\. Some of the drill's sheets \(D1 Work, or their numbered copies\) may be incomplete/
      )
    ).toBeTruthy();
  });

  it("says nothing was written when the drill cannot be built", async () => {
    const services = fakeServices();
    services.buildPlan = async () => {
      throw new Error("Seed out of range");
    };
    renderPane(services);
    fireEvent.click(populateButton());
    expect(
      await screen.findByText(/Seed out of range\. Nothing was written to the workbook\./)
    ).toBeTruthy();
    await waitFor(() => expect(services.populate).not.toHaveBeenCalled());
  });
});
