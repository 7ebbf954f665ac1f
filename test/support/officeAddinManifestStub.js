// Stand-in for office-addin-manifest inside jest (see jest.config.js): the real package pulls ESM-only
// modules jest cannot load. office-addin-mock uses only its OfficeApp enum; these are its values.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
