import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n/i18n.ts";
import "./styles/app.css";
import "./styles/social.css";
import "./styles/three60.css";
import "./styles/macros.css";
import "./styles/composer.css";
import "./styles/queues.css";
import "./styles/search.css";
import "./styles/forum.css";
import "./styles/community.css";
import "./styles/journey.css";
import "./styles/audit.css";
import "./styles/reports.css";
import "./styles/reports-breakdown.css";
import "./styles/shell.css";
import "./styles/admin.css";
import "./styles/service-hours.css";
import "./styles/retention.css";
import "./styles/admin-users.css";
import "./styles/admin-connectors.css";
import "./styles/admin-integrations.css";
import "./styles/consent.css";
import "./styles/holdings.css";
import "./styles/erasure.css";
import "./styles/export-data.css";
import "./styles/merge-review.css";
import { App } from "./app/app.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
