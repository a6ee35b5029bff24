export const ROLE_OPTIONS = [
  { value: "editor", label: "Editor: records and corrects actions" },
  { value: "admin", label: "Admin: also manages accounts and treaties" },
];
