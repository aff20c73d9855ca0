import { Menu, useResourceDefinitions } from 'react-admin';

/** The menu entries of the listed resources, but those shown in a group of their own. */
export const ResourceItems = ({ except }: { except: readonly string[] }) => {
  const resources = useResourceDefinitions();
  return (
    <>
      {Object.keys(resources)
        .filter((name) => resources[name].hasList && !except.includes(name))
        .map((name) => (
          <Menu.ResourceItem key={name} name={name} />
        ))}
    </>
  );
};
