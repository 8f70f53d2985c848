import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./auth"; // takes a #token=… from the address before anything renders
import { App } from "./App";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
