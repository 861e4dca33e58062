/* Shows the zones listed on the page on an OpenStreetMap map. Without JavaScript the list is enough. */
(function () {
  "use strict";
  var container = document.getElementById("zone-map");
  var data = document.getElementById("zone-map-data");
  if (!container || !data || typeof L === "undefined") {
    return;
  }
  var zones = JSON.parse(data.textContent);
  if (!zones.length) {
    return;
  }
  container.hidden = false;
  var map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(container.dataset.tiles, {
    maxZoom: 19,
    attribution: container.dataset.attribution
  }).addTo(map);
  var bounds = [];
  zones.forEach(function (zone) {
    var popup = document.createElement("div");
    var link = document.createElement("a");
    link.href = zone.url;
    link.textContent = zone.title;
    var address = document.createElement("p");
    address.textContent = zone.address;
    popup.appendChild(link);
    popup.appendChild(address);
    L.marker([zone.lat, zone.lng], { title: zone.title, alt: zone.title }).addTo(map).bindPopup(popup);
    bounds.push([zone.lat, zone.lng]);
  });
  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
})();
