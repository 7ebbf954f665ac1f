import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CheckResult, Finding } from "../../src/domain/model/workbookModel";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./renderPane";

const findings: Finding[] = [
  {
    code: "typed-output",
    severity: "error",
    message: "Month 4 of the cart lever is a typed number.",
    cells: ["'D3 Work'!F30"],
  },
  {
    code: "capacity-exceeded",
    severity: "error",
    message: "Advisors would need 11 hours a week.",
    cells: ["'D3 Work'!C20:N20", "'D3 Work'!C21"],
  },
  {
    code: "jump-too-large",
    severity: "warning",
    message: "The share jumps 4.1 points in month 6.",
    cells: ["'D3 Work'!H40"],
  },
  {
    code: "target-missed",
    severity: "info",
    message: "Month 12 reaches 26.0%: 4.0 points short of 30%.",
    cells: ["'D3 Work'!N40"],
  },
];
const checked: CheckResult = { kind: "checked", drills: ["3"], findings };

describe("checking the work", () => {
  it("summarises errors, warnings and the target, and groups findings by severity", async () => {
    renderPane(fakeServices(checked));
    fireEvent.click(screen.getByRole("button", { name: "Check" }));

    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("2 errors · 1 warning");
    expect(status.textContent).toContain("4.0 points short of 30%");
    const errors = screen.getByRole("region", { name: "Errors: 2" });
    expect(
      within(errors)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "Month 4 of the cart lever is a typed number.D3 Work!F30",
      "Advisors would need 11 hours a week.D3 Work!C20:N20 and 1 more",
    ]);
    expect(screen.getByRole("region", { name: "Warnings: 1" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Notes: 1" })).toBeTruthy();
  });

  it("selects a finding's first cell when it is clicked, and never writes", async () => {
    const services = fakeServices(checked);
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    fireEvent.click(await screen.findByRole("button", { name: /Advisors would need 11 hours/ }));
    await act(async () => {});

    expect(services.calls).toEqual(["readModel", "select 'D3 Work'!C20:N20"]);
    expect(services.populate).not.toHaveBeenCalled();
  });

  it("checks again after edits and shows the new findings", async () => {
    const services = fakeServices(checked);
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByRole("status");
    (services.checkWorkbook as jest.Mock).mockResolvedValue({
      kind: "checked",
      drills: ["3"],
      findings: [
        {
          code: "target-met",
          severity: "info",
          message: "Month 12 reaches 30.4%: target met in month 11.",
          cells: ["'D3 Work'!N40"],
        },
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));

    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "0 errors · 0 warningsMonth 12 reaches 30.4%: target met in month 11."
      )
    );
    expect(screen.queryByRole("region", { name: /Errors/ })).toBeNull();
    expect(services.readModel).toHaveBeenCalledTimes(2);
  });

  it("says the check could not read the workbook, and that nothing changed", async () => {
    const services = fakeServices(checked);
    services.readModel.mockRejectedValue(new Error("InvalidReference: the sheet is gone"));
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));

    expect(await screen.findByText("The check could not read the workbook")).toBeTruthy();
    expect(
      screen.getByText(/the sheet is gone\. Nothing in the workbook was changed/)
    ).toBeTruthy();
  });

  it("explains a workbook that holds no drill", async () => {
    renderPane(
      fakeServices({ kind: "not-a-drill", reason: "No Drill info stamp and no D3_ names." })
    );
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("No drill in this workbook")).toBeTruthy();
    expect(screen.getByText(/No Drill info stamp/)).toBeTruthy();
  });

  it("tells the candidate when a finding's cell cannot be selected", async () => {
    const services = fakeServices(checked);
    services.select.mockRejectedValue(new Error("ItemNotFound."));
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    fireEvent.click(await screen.findByRole("button", { name: /share jumps/ }));
    expect(
      await screen.findByText(
        /Could not select 'D3 Work'!H40: ItemNotFound\. The sheet may have been renamed/
      )
    ).toBeTruthy();
  });
});
