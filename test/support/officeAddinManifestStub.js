// Stand-in for office-addin-manifest inside jest (see jest.config.js): office-addin-mock imports it
// but the mock itself never calls it.
module.exports = {};
