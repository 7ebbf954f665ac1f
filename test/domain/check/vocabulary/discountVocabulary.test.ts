import { findDiscountLanguage } from "../../../../src/domain/check/vocabulary/discountVocabulary";

describe("findDiscountLanguage", () => {
  it.each([
    ["Flash sale for top clients", ["Flash sale"]],
    ["10% off the second bag", ["10% off"]],
    ["Send a promo code to lapsed VICs", ["promo code"]],
    ["Influencer codes on social", ["Influencer codes"]],
    ["Coupon in the welcome e-mail", ["Coupon"]],
    ["End-of-season markdowns", ["markdowns"]],
    ["Retargeting blast on social", ["Retargeting", "blast"]],
    ["Abandoned-cart discount", ["discount"]],
    ["Icons on a marketplace", ["marketplace"]],
    ["Private sales and a voucher", ["Private sales", "voucher"]],
    ["Summer sale", ["Summer sale"]],
    ["Put the icons on sale", ["on sale"]],
  ])("flags %j", (text, expected) => {
    expect(findDiscountLanguage(text)).toEqual(expected);
  });

  it.each([
    "Wholesale accounts stay separate",
    "Log carts in Salesforce",
    "Sales advisors send looks",
    "Top-client sales through digital",
    "Point of sale integration",
    "After-sale service by appointment",
    "No discounts, ever",
    "Never a markdown on icons",
    "Without promo codes",
    "Full-price, non-discounted icons",
    "Remove the 10% off e-mail",
    "Promotion of the best SAs to clienteling leads",
  ])("does not flag %j", (text) => {
    expect(findDiscountLanguage(text)).toEqual([]);
  });

  it("quotes each phrase once, as written", () => {
    expect(findDiscountLanguage("Discount, then another discount")).toEqual(["Discount"]);
  });
});
