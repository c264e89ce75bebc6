// Sends the CSRF token with every htmx request, and draws the ECharts charts a page declares as
// <div class="chart" data-chart='{...ECharts option...}'>, also after htmx swaps content in.
(function () {
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  function drawCharts(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll(".chart[data-chart]").forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
      chart.setOption(JSON.parse(element.getAttribute("data-chart")), true);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });
})();
