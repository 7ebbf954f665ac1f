import { act, fireEvent, screen } from "@testing-library/react";
import { buildPlan } from "../../src/domain/drills/buildPlan";
import type { WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import type { PopulateResult } from "../../src/domain/workbookHost";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./renderPane";

const toggle = () => screen.getByRole("button", { name: "For coaches" });
const createKey = () =>
  screen.getByRole("button", { name: /^(Create answer key|Writing the answer key…)$/ });
const confirmStep = () =>
  screen.queryByRole("group", { name: /This writes the worked answer into new sheets/ });

function formulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => block.rows.flat().flatMap((cell) => cell.formula ?? []))
  );
}

function chooseDrill3Seed7(): void {
  fireEvent.click(screen.getByRole("radio", { name: /Top-client digital share/ }));
  fireEvent.click(screen.getByRole("radio", { name: /Variant/ }));
  fireEvent.change(screen.getByRole("spinbutton", { name: "Variant seed" }), {
    target: { value: "7" },
  });
}

describe("the coach's answer key", () => {
  it("is folded away by default and opens on request", () => {
    renderPane(fakeServices());
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Create answer key" })).toBeNull();

    fireEvent.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(toggle().getAttribute("aria-controls")).toBe("coach-body");
    expect(
      screen.getByText(/Writes the full worked answer for the drill and numbers chosen above/)
    ).toBeTruthy();
    expect(screen.getByText("Answer key for: Quarter diagnosis, canonical figures")).toBeTruthy();

    fireEvent.click(toggle());
    expect(screen.queryByRole("button", { name: "Create answer key" })).toBeNull();
  });

  it("asks first, and writes nothing until the coach confirms", async () => {
    const services = fakeServices();
    const build = jest.spyOn(services, "buildPlan");
    renderPane(services);
    fireEvent.click(toggle());
    fireEvent.click(createKey());

    const confirm = confirmStep();
    expect(confirm?.textContent).toContain("Candidates: close this and keep practising.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => {});
    expect(build).not.toHaveBeenCalled();
    expect(services.populate).not.toHaveBeenCalled();
  });

  it("writes nothing when the coach cancels, and returns to the action", async () => {
    const services = fakeServices();
    const build = jest.spyOn(services, "buildPlan");
    renderPane(services);
    fireEvent.click(toggle());
    fireEvent.click(createKey());
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => {});

    expect(confirmStep()).toBeNull();
    expect(document.activeElement).toBe(createKey());
    expect(build).not.toHaveBeenCalled();
    expect(services.calls).toEqual([]);
  });

  it("on confirmation writes the answer key of the chosen drill and seed, native formulas only", async () => {
    // A drill-3 answer key for the add-in wires LUX functions, so the assertion below can fail.
    const forAddin = buildPlan("3", { seed: 7, mode: "answer-key", target: "addin" });
    expect(formulas(forAddin).some((formula) => formula.includes("LUX."))).toBe(true);

    const services = fakeServices();
    services.buildPlan = jest.fn(async (drill, options) => buildPlan(drill, options));
    renderPane(services);
    chooseDrill3Seed7();
    fireEvent.click(toggle());
    expect(
      screen.getByText(/Answer key for: Top-client digital share.*variant seed 7/)
    ).toBeTruthy();
    fireEvent.click(createKey());
    fireEvent.click(screen.getByRole("button", { name: "Write the answer key" }));

    expect(
      await screen.findByText(
        "Answer key written (Top-client digital share, 18% → 30%, variant seed 7)"
      )
    ).toBeTruthy();
    expect(services.buildPlan).toHaveBeenCalledWith("3", {
      seed: 7,
      mode: "answer-key",
      target: "file",
    });
    expect(services.populate).toHaveBeenCalledTimes(1);
    const plan = services.populate.mock.calls[0]?.[0] as WorkbookPlan;
    expect({ drill: plan.drill, seed: plan.seed, mode: plan.mode }).toEqual({
      drill: "3",
      seed: 7,
      mode: "answer-key",
    });
    expect(formulas(plan).length).toBeGreaterThan(0);
    expect(formulas(plan).filter((formula) => formula.toUpperCase().includes("LUX."))).toEqual([]);
    expect(
      screen.getByText(/Sheets added: D3 Roster, D3 Model\..*calculates in any spreadsheet program/)
    ).toBeTruthy();
    expect(document.activeElement).toBe(createKey());
  });

  it("offers no answer key for the practice log, and says why", async () => {
    const services = fakeServices();
    renderPane(services);
    fireEvent.click(screen.getByRole("radio", { name: /Interview practice log/ }));
    fireEvent.click(toggle());

    const button = createKey();
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const reason = document.getElementById(button.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toMatch(/practice log has no answer key/);
    fireEvent.click(button);
    await act(async () => {});
    expect(confirmStep()).toBeNull();
    expect(services.populate).not.toHaveBeenCalled();
  });

  it("takes the confirmation away when the log is chosen while it is asked", () => {
    renderPane(fakeServices());
    fireEvent.click(toggle());
    fireEvent.click(createKey());
    expect(confirmStep()).not.toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: /Interview practice log/ }));
    expect(confirmStep()).toBeNull();
    expect(screen.queryByRole("button", { name: "Write the answer key" })).toBeNull();
  });

  it("shows progress, and neither the key nor the drill can start while it is written", async () => {
    const services = fakeServices();
    let finish: (result: PopulateResult) => void = () => {};
    services.populate.mockImplementation((_plan, onProgress) => {
      onProgress?.({ done: 1, total: 3, label: "Writing D1 Work" });
      return new Promise((resolve) => (finish = resolve));
    });
    renderPane(services);
    fireEvent.click(toggle());
    fireEvent.click(createKey());
    fireEvent.click(screen.getByRole("button", { name: "Write the answer key" }));

    expect(await screen.findByText("Writing D1 Work")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(createKey().textContent).toBe("Writing the answer key…");
    expect(createKey().getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(createKey());
    expect(confirmStep()).toBeNull();
    const populate = screen.getByRole("button", { name: "Populate" });
    expect(populate.hasAttribute("disabled")).toBe(true);
    fireEvent.click(populate);

    await act(async () => finish({ sheets: ["D1 Data", "D1 Work"], names: [] }));
    expect(services.populate).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(/Answer key written \(Quarter diagnosis, canonical figures\)/)
    ).toBeTruthy();
    expect(createKey().getAttribute("aria-disabled")).toBeNull();
  });

  it("names the sheets that may be incomplete when Excel stops mid-key", async () => {
    const services = fakeServices();
    services.populate.mockRejectedValue(new Error("RichApi.Error: the request failed"));
    renderPane(services);
    fireEvent.click(toggle());
    fireEvent.click(createKey());
    fireEvent.click(screen.getByRole("button", { name: "Write the answer key" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(
      /request failed\..*\(D1 Work, or their numbered copies\) may be incomplete/
    );
  });
});
