import { fireEvent, screen } from "@testing-library/react";
import type { CheckResult } from "../../src/domain/model/workbookModel";
import type { RestoreResult, SharingResult } from "../../src/domain/sharing/sharingResult";
import { fakeServices } from "./fakeServices";
import { renderPane } from "./renderPane";

const checked: CheckResult = {
  kind: "checked",
  drills: ["3"],
  findings: [
    { code: "target-met", severity: "info", message: "Target met.", cells: ["'D3 Model'!N52"] },
  ],
};
const shared: SharingResult = {
  keptFormulas: 26,
  keptSheet: "Kept formulas",
  reviewSheet: "Review",
  problems: [],
  warnings: [],
};

function sharingServices() {
  const services = fakeServices(checked);
  const prepareForSharing = jest.fn(async () => shared);
  const restoreFormulas = jest.fn(async (): Promise<RestoreResult> => ({
    restored: 25,
    alreadyRestored: 0,
    overwritten: [],
    skipped: [
      {
        reason: "edited",
        cell: "'D3 Model'!C45",
        message: "D3 Model!C45 was edited by hand: left as it is.",
      },
    ],
  }));
  services.host.prepareForSharing = prepareForSharing;
  services.host.restoreFormulas = restoreFormulas;
  return { services, prepareForSharing, restoreFormulas };
}

describe("sharing with a coach", () => {
  it("is not offered by a host that cannot do it", () => {
    renderPane(fakeServices());
    expect(screen.queryByRole("button", { name: "Prepare for sharing" })).toBeNull();
  });

  it("checks the workbook first and hands the findings to the host, then says what it did", async () => {
    const { services, prepareForSharing } = sharingServices();
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Prepare for sharing" }));

    expect(await screen.findByText("Ready to share")).toBeTruthy();
    expect(services.calls).toEqual(["readModel"]);
    expect(prepareForSharing).toHaveBeenCalledWith(
      checked.kind === "checked" ? checked.findings : []
    );
    expect(
      screen.getByText(/26 LUX formulas now show their values.*hidden sheet "Kept formulas"/)
    ).toBeTruthy();
    expect(screen.getByText(/“Review” sheet lists 1 findings/)).toBeTruthy();
  });

  it("says no formula was lost when preparing fails", async () => {
    const { services, prepareForSharing } = sharingServices();
    prepareForSharing.mockRejectedValue(new Error("GeneralException"));
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Prepare for sharing" }));

    expect(await screen.findByText("Prepare for sharing stopped")).toBeTruthy();
    expect(
      screen.getByText(
        /GeneralException\. Formulas are kept on the hidden sheet before any is replaced/
      )
    ).toBeTruthy();
  });

  it("restores the formulas and lists those left as a coach edited them", async () => {
    const { services, restoreFormulas } = sharingServices();
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Restore formulas" }));

    expect(await screen.findByText("Formulas restored")).toBeTruthy();
    expect(screen.getByText(/25 restored, 0 already in place/)).toBeTruthy();
    expect(screen.getByRole("listitem").textContent).toBe(
      "D3 Model!C45 was edited by hand: left as it is."
    );
    expect(restoreFormulas).toHaveBeenCalledTimes(1);
  });
});
