export enum Role {
  PlatformAdmin = 'platform_admin',
  SchoolAdmin = 'school_admin',
  Staff = 'staff',
  Trainer = 'trainer',
  Trainee = 'trainee',
  Tutor = 'tutor',
}

export const ALL_ROLES = Object.values(Role);
/** Roles a school administrator may give (platform administrators are created by the platform). */
export const SCHOOL_ROLES = ALL_ROLES.filter((r) => r !== Role.PlatformAdmin);

export enum AccountStatus {
  Invited = 'invited',
  Active = 'active',
  Disabled = 'disabled',
}
