import { render, screen } from "@testing-library/react";
import { OutsideExcel } from "../../src/taskpane/OutsideExcel";
import { isDark, paneTheme } from "../../src/taskpane/paneTheme";

describe("outside Excel", () => {
  it("says what it is, how to load it in Excel, and offers the command line", () => {
    render(<OutsideExcel />);
    expect(screen.getByRole("heading", { level: 1, name: "Maison Drills" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Load it in Excel" })).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((item) => item.textContent?.split(":")[0])).toEqual([
      "Excel on the web",
      "Excel desktop",
      "For a team",
    ]);
    expect(
      screen.getByText(/npx maison-drills workbook --drill all --out drills\.xlsx/)
    ).toBeTruthy();
  });
});

describe("paneTheme", () => {
  it("follows a dark Office theme and stays light for light and colourful ones", () => {
    const dark = paneTheme({ bodyBackgroundColor: "#262626" });
    expect(paneTheme({ bodyBackgroundColor: "#000000" })).toBe(dark);
    expect(paneTheme({ bodyBackgroundColor: "#FFFFFF" })).not.toBe(dark);
    expect(paneTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(paneTheme());
    expect(isDark(dark.colorNeutralBackground1)).toBe(true);
    expect(isDark(paneTheme().colorNeutralBackground1)).toBe(false);
  });
});
