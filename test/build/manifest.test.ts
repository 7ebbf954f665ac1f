import { DOMParser } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "fs";
import path from "path";

/* The manifest cannot be validated by `office-addin-manifest validate` here (it posts to a Microsoft
 * service), so this test proves offline what Office needs from it for a shared runtime add-in. */

const root = path.resolve(__dirname, "..", "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");

function elements(name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}
function one(name: string): Element {
  const found = elements(name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
}
function resid(element: Element): string {
  return element.getAttribute("resid") ?? "";
}
function sourceResid(parent: Element): string {
  const source = parent.getElementsByTagName("SourceLocation")[0];
  return source ? resid(source) : "";
}
function urlById(id: string): string {
  const url = elements("bt:Url").find((u) => u.getAttribute("id") === id);
  if (!url) throw new Error(`no bt:Url with id ${id}`);
  return url.getAttribute("DefaultValue") ?? "";
}
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString("ascii", 1, 4) !== "PNG") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML for a task pane add-in named Maison Drills", () => {
    const app = one("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Maison Drills");
    expect(one("Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("wires one shared runtime: Runtime, custom-functions Page and FunctionFile share the task pane resid", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const pane = resid(runtime);
    const page = one("Page");
    expect(sourceResid(page)).toBe(pane);
    expect(resid(one("FunctionFile"))).toBe(pane);
    const action = one("Action");
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(sourceResid(action)).toBe(pane);
    expect(urlById(pane)).toMatch(/\/taskpane\.html$/);
    const sets = elements("Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`
    );
    expect(sets).toContain("SharedRuntime 1.1");
  });

  it("declares custom functions in the LUX namespace with script and metadata URLs", () => {
    const namespaceId = resid(one("Namespace"));
    const namespace = elements("bt:String").find((s) => s.getAttribute("id") === namespaceId);
    const value = namespace?.getAttribute("DefaultValue") ?? "";
    expect(value).toBe("LUX");
    expect(value.length).toBeLessThanOrEqual(32);
    expect(urlById(sourceResid(one("Script")))).toMatch(/\/functions\.js$/);
    expect(urlById(sourceResid(one("Metadata")))).toMatch(/\/functions\.json$/);
  });

  it("puts the pane button on the Home tab", () => {
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
  });

  it("uses https for every URL", () => {
    const urls = [
      ...elements("bt:Url"),
      ...elements("bt:Image").filter((e) => e.hasAttribute("id")),
      one("IconUrl"),
      one("HighResolutionIconUrl"),
      one("SupportUrl"),
    ]
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((u): u is string => u !== null);
    const sources = elements("SourceLocation")
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((u): u is string => u !== null);
    expect(urls.length + sources.length).toBeGreaterThan(5);
    for (const url of [
      ...urls,
      ...sources,
      ...elements("AppDomain").map((e) => e.textContent ?? ""),
    ]) {
      expect(url).toMatch(/^https:\/\//);
    }
  });

  it("points every icon at a file in assets/ of the size it claims", () => {
    const resources = elements("bt:Image").filter((e) => e.hasAttribute("id"));
    // Ribbon icons reference resources by resid; the size they ask for must be the size of the file.
    for (const use of elements("bt:Image").filter((e) => e.hasAttribute("resid"))) {
      const target = resources.find((r) => r.getAttribute("id") === use.getAttribute("resid"));
      expect(target?.getAttribute("id")).toBe(
        `Icon.${use.getAttribute("size")}x${use.getAttribute("size")}`
      );
    }
    const icons = [
      ...resources.map((e) => ({
        url: e.getAttribute("DefaultValue") ?? "",
        size: Number(/(\d+)x\d+/.exec(e.getAttribute("id") ?? "")?.[1]),
      })),
      { url: one("IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of icons) {
      const file = path.join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("ships real artwork at 16, 32, 64, 80 and 128 px (not blank squares)", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = path.join(root, "assets", `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      // A flat colour square compresses to a few dozen bytes; artwork with strokes and gradients does not.
      expect(readFileSync(file).length).toBeGreaterThan(size * 20);
    }
  });
});
