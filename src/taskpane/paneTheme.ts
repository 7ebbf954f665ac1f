import {
  createDarkTheme,
  createLightTheme,
  type BrandVariants,
  type Theme,
} from "@fluentui/react-components";

/**
 * The maison's brand ramp: warm ink at the dark end, a muted gold in the upper middle, ivory at the
 * light end. Light themes draw primary buttons in ink (brand 80); dark themes use the gold steps for
 * links and focus, which keep a readable contrast on charcoal.
 */
export const MAISON_BRAND: BrandVariants = {
  10: "#0C0B0A",
  20: "#161412",
  30: "#1F1C19",
  40: "#282420",
  50: "#312C27",
  60: "#3B352E",
  70: "#463F36",
  80: "#524A3F",
  90: "#6B5E48",
  100: "#8A744E",
  110: "#A8874F",
  120: "#BC9E68",
  130: "#CDB386",
  140: "#DDC9A5",
  150: "#ECDFC6",
  160: "#F8F2E6",
};

export type OfficeThemeColours = { bodyBackgroundColor?: string };

const light = { ...createLightTheme(MAISON_BRAND), colorBrandForegroundLink: MAISON_BRAND[80] };
const dark = { ...createDarkTheme(MAISON_BRAND), colorBrandForeground1: MAISON_BRAND[130] };

/**
 * The pane's theme for Office's theme: a dark Office theme (dark grey, black) gives the dark maison
 * theme; light, colourful and unknown give the light one.
 *
 * @example
 * paneTheme({ bodyBackgroundColor: "#262626" }) === paneTheme({ bodyBackgroundColor: "#000000" }) //=> true
 */
export function paneTheme(office?: OfficeThemeColours): Theme {
  return isDark(office?.bodyBackgroundColor) ? dark : light;
}

/** True when a "#rrggbb" colour is dark (relative luminance under 0.2). */
export function isDark(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}
